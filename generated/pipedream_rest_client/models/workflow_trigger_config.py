from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_trigger_config_props import WorkflowTriggerConfigProps


T = TypeVar("T", bound="WorkflowTriggerConfig")


@_attrs_define
class WorkflowTriggerConfig:
    """Props for one trigger of the template, in the template's order."""

    props: WorkflowTriggerConfigProps | Unset = UNSET
    """ Values by prop name; an app prop takes `{"authProvisionId": "apn_..."}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = self.props.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if props is not UNSET:
            field_dict["props"] = props

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _props = d.pop("props", UNSET)
        props: WorkflowTriggerConfigProps | Unset
        if isinstance(_props, Unset):
            props = UNSET
        else:
            props = WorkflowTriggerConfigProps.from_dict(_props)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.props = props
        workflow_trigger_config = _new

        workflow_trigger_config.additional_properties = d
        return workflow_trigger_config

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
from ..models.workflow_trigger_config_props import WorkflowTriggerConfigProps
