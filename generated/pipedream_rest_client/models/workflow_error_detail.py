from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowErrorDetail")


@_attrs_define
class WorkflowErrorDetail:
    """The error a step raised."""

    code: str
    cell_id: str | Unset = UNSET
    """ The step that failed. """
    ts: str | Unset = UNSET
    """ ISO 8601 time of the error (kept as text). """
    stack: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cell_id = self.cell_id

        ts = self.ts

        stack = self.stack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if cell_id is not UNSET:
            field_dict["cellId"] = cell_id
        if ts is not UNSET:
            field_dict["ts"] = ts
        if stack is not UNSET:
            field_dict["stack"] = stack

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        cell_id = d.pop("cellId", UNSET)

        ts = d.pop("ts", UNSET)

        stack = d.pop("stack", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.code = code
        _new.cell_id = cell_id
        _new.ts = ts
        _new.stack = stack
        workflow_error_detail = _new

        workflow_error_detail.additional_properties = d
        return workflow_error_detail

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
