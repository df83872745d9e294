from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowSettings")


@_attrs_define
class WorkflowSettings:
    """Workflow settings."""

    name: str | Unset = UNSET
    auto_deploy: bool | Unset = UNSET
    """ Deploy (and activate) the workflow at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        auto_deploy = self.auto_deploy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        auto_deploy = d.pop("auto_deploy", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.name = name
        _new.auto_deploy = auto_deploy
        workflow_settings = _new

        workflow_settings.additional_properties = d
        return workflow_settings

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
