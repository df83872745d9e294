from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceConfiguredProps")


@_attrs_define
class SourceConfiguredProps:
    """The source's configured props, as the API echoes them: timers come back as
    `{"cron": null, "interval_seconds": 60}`, an HTTP interface as `{"endpoint_url": "..."}`.
    Every request sent to an `endpoint_url` becomes an event of the source; the local
    sandbox refuses a JSON body over 1 MB (413) or nested deeper than 64 levels (400,
    `{"error": "request body is nested deeper than 64 levels", "code": "body_too_deep"}`),
    and stores nothing then.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        source_configured_props = _new

        source_configured_props.additional_properties = d
        return source_configured_props

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
