from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.workflow_step import WorkflowStep
    from ..models.workflow_trigger import WorkflowTrigger


T = TypeVar("T", bound="WorkflowDetails")


@_attrs_define
class WorkflowDetails:
    """The answer to `GET /workflows/{workflow_id}`: triggers and steps, **not** wrapped in `data`
    (as the current docs, the docs-v2 edition and the 2021 edition all print it).

    """

    triggers: list[WorkflowTrigger]
    steps: list[WorkflowStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggers: Any = UNSET
        if self.triggers is not UNSET:
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        steps: Any = UNSET
        if self.steps is not UNSET:
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_triggers = d.pop("triggers", UNSET)
        triggers: Any = UNSET
        if _raw_triggers is not UNSET:
            triggers = []
            _triggers = _raw_triggers
            for triggers_item_data in _triggers:
                triggers_item = WorkflowTrigger.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _raw_steps = d.pop("steps", UNSET)
        steps: Any = UNSET
        if _raw_steps is not UNSET:
            steps = []
            _steps = _raw_steps
            for steps_item_data in _steps:
                steps_item = WorkflowStep.from_dict(steps_item_data)

                steps.append(steps_item)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.triggers = triggers
        _new.steps = steps
        workflow_details = _new

        workflow_details.additional_properties = d
        return workflow_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported at the end, once: models may refer to each other, and use these names only when called
# (an import inside from_dict would run for every item of a list).
from ..models.workflow_step import WorkflowStep
from ..models.workflow_trigger import WorkflowTrigger
