from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="WorkflowErrorContext")


@_attrs_define
class WorkflowErrorContext:
    """Where the failed execution ran."""

    id: str
    ts: str
    """ ISO 8601 time of the original event (kept as text). """
    workflow_id: str
    deployment_id: str
    source_type: str
    verified: bool
    owner_id: str
    platform_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts

        workflow_id = self.workflow_id

        deployment_id = self.deployment_id

        source_type = self.source_type

        verified = self.verified

        owner_id = self.owner_id

        platform_version = self.platform_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ts is not UNSET:
            field_dict["ts"] = ts
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if verified is not UNSET:
            field_dict["verified"] = verified
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if platform_version is not UNSET:
            field_dict["platform_version"] = platform_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ts = d.pop("ts", UNSET)

        workflow_id = d.pop("workflow_id", UNSET)

        deployment_id = d.pop("deployment_id", UNSET)

        source_type = d.pop("source_type", UNSET)

        verified = d.pop("verified", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        platform_version = d.pop("platform_version", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.ts = ts
        _new.workflow_id = workflow_id
        _new.deployment_id = deployment_id
        _new.source_type = source_type
        _new.verified = verified
        _new.owner_id = owner_id
        _new.platform_version = platform_version
        workflow_error_context = _new

        workflow_error_context.additional_properties = d
        return workflow_error_context

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
