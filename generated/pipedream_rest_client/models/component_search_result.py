from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ComponentSearchResult")


@_attrs_define
class ComponentSearchResult:
    """Registry keys matching a search, best first. Not wrapped in `data`."""

    sources: list[str]
    actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: Any = UNSET
        if self.sources is not UNSET:
            sources = self.sources

        actions: Any = UNSET
        if self.actions is not UNSET:
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_sources = d.pop("sources", UNSET)
        sources: Any = UNSET
        if _raw_sources is not UNSET:
            sources = cast(list[str], _raw_sources)

        _raw_actions = d.pop("actions", UNSET)
        actions: Any = UNSET
        if _raw_actions is not UNSET:
            actions = cast(list[str], _raw_actions)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.sources = sources
        _new.actions = actions
        component_search_result = _new

        component_search_result.additional_properties = d
        return component_search_result

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
