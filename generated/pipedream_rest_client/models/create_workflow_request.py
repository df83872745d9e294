from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_settings import WorkflowSettings
    from ..models.workflow_step_config import WorkflowStepConfig
    from ..models.workflow_trigger_config import WorkflowTriggerConfig


T = TypeVar("T", bound="CreateWorkflowRequest")


@_attrs_define
class CreateWorkflowRequest:
    """A workflow template to copy into a project, with the props it needs."""

    project_id: str
    """ The project (`proj_...`) to create the workflow in. """
    org_id: str
    """ The workspace (`o_...`) that owns the project. """
    template_id: str
    """ The template (`tch_...`, from a workflow share link `https://pipedream.com/new?h=tch_...`). """
    steps: list[WorkflowStepConfig] | Unset = UNSET
    triggers: list[WorkflowTriggerConfig] | Unset = UNSET
    settings: WorkflowSettings | Unset = UNSET
    """ Workflow settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        org_id = self.org_id

        template_id = self.template_id

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if steps is not UNSET:
            field_dict["steps"] = steps
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)

        org_id = d.pop("org_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[WorkflowStepConfig] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = WorkflowStepConfig.from_dict(steps_item_data)

                steps.append(steps_item)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[WorkflowTriggerConfig] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = WorkflowTriggerConfig.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _settings = d.pop("settings", UNSET)
        settings: WorkflowSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = WorkflowSettings.from_dict(_settings)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.project_id = project_id
        _new.org_id = org_id
        _new.template_id = template_id
        _new.steps = steps
        _new.triggers = triggers
        _new.settings = settings
        create_workflow_request = _new

        create_workflow_request.additional_properties = d
        return create_workflow_request

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
from ..models.workflow_settings import WorkflowSettings
from ..models.workflow_step_config import WorkflowStepConfig
from ..models.workflow_trigger_config import WorkflowTriggerConfig
