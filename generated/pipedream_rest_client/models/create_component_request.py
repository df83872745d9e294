from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateComponentRequest")


@_attrs_define
class CreateComponentRequest:
    """One of `component_code` or `component_url` is required; `component_code` wins when both
    are present.

    """

    component_code: str | Unset = UNSET
    """ The full code of the component. """
    component_url: str | Unset = UNSET
    """ Where the component's code is hosted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_code = self.component_code

        component_url = self.component_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component_code is not UNSET:
            field_dict["component_code"] = component_code
        if component_url is not UNSET:
            field_dict["component_url"] = component_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        component_code = d.pop("component_code", UNSET)

        component_url = d.pop("component_url", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.component_code = component_code
        _new.component_url = component_url
        create_component_request = _new

        create_component_request.additional_properties = d
        return create_component_request

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
