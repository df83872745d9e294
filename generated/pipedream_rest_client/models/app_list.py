from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="AppList")


@_attrs_define
class AppList:
    """A page of apps."""

    page_info: PageInfo
    """ Where a page sits in the list. `start_cursor` / `end_cursor` are opaque and may be
    `null` (for example on an empty page); `total_count` and `count` may be absent.
     """
    data: list[App]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_info = self.page_info.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_info": page_info,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_info = PageInfo.from_dict(d.pop("page_info"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = App.from_dict(data_item_data)

            data.append(data_item)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.page_info = page_info
        _new.data = data
        app_list = _new

        app_list.additional_properties = d
        return app_list

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
from ..models.app import App
from ..models.page_info import PageInfo
