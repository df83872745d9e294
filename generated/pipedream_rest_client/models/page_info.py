from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Where a page sits in the list. `start_cursor` / `end_cursor` are opaque and may be
    `null` (for example on an empty page); `total_count` and `count` may be absent.

    """

    total_count: int
    """ The size of the whole list (informational; it changes as items come and go). """
    count: int
    """ The number of items in this page. """
    start_cursor: None | str
    """ Pass as `before` to fetch the previous page. """
    end_cursor: None | str
    """ Pass as `after` to fetch the next page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        start_cursor: Any = UNSET
        if self.start_cursor is not UNSET:
            start_cursor: None | str
            start_cursor = self.start_cursor

        end_cursor: Any = UNSET
        if self.end_cursor is not UNSET:
            end_cursor: None | str
            end_cursor = self.end_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if start_cursor is not UNSET:
            field_dict["start_cursor"] = start_cursor
        if end_cursor is not UNSET:
            field_dict["end_cursor"] = end_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        _raw_start_cursor = d.pop("start_cursor", UNSET)
        start_cursor: Any = UNSET
        if _raw_start_cursor is not UNSET:

            def _parse_start_cursor(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            start_cursor = _parse_start_cursor(_raw_start_cursor)

        _raw_end_cursor = d.pop("end_cursor", UNSET)
        end_cursor: Any = UNSET
        if _raw_end_cursor is not UNSET:

            def _parse_end_cursor(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            end_cursor = _parse_end_cursor(_raw_end_cursor)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.total_count = total_count
        _new.count = count
        _new.start_cursor = start_cursor
        _new.end_cursor = end_cursor
        page_info = _new

        page_info.additional_properties = d
        return page_info

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
