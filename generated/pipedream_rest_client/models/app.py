from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_connect import AppConnect


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An app integrated with Pipedream."""

    id: str | Unset = UNSET
    name_slug: str | Unset = UNSET
    name: str | Unset = UNSET
    auth_type: None | str | Unset = UNSET
    """ `oauth`, `keys`, or `null` for apps without authentication (free text: new kinds may appear). """
    description: None | str | Unset = UNSET
    img_src: str | Unset = UNSET
    custom_fields_json: str | Unset = UNSET
    """ The app's custom credential fields, as a JSON array in a string. """
    categories: list[str] | Unset = UNSET
    featured_weight: float | Unset = UNSET
    """ The sort weight on pipedream.com/apps, set by Pipedream. """
    connect: AppConnect | Unset = UNSET
    """ How Pipedream Connect may proxy requests to the app's API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name_slug = self.name_slug

        name = self.name

        auth_type: None | str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        img_src = self.img_src

        custom_fields_json = self.custom_fields_json

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        featured_weight = self.featured_weight

        connect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connect, Unset):
            connect = self.connect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name_slug is not UNSET:
            field_dict["name_slug"] = name_slug
        if name is not UNSET:
            field_dict["name"] = name
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if description is not UNSET:
            field_dict["description"] = description
        if img_src is not UNSET:
            field_dict["img_src"] = img_src
        if custom_fields_json is not UNSET:
            field_dict["custom_fields_json"] = custom_fields_json
        if categories is not UNSET:
            field_dict["categories"] = categories
        if featured_weight is not UNSET:
            field_dict["featured_weight"] = featured_weight
        if connect is not UNSET:
            field_dict["connect"] = connect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name_slug = d.pop("name_slug", UNSET)

        name = d.pop("name", UNSET)

        def _parse_auth_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_type = _parse_auth_type(d.pop("auth_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        img_src = d.pop("img_src", UNSET)

        custom_fields_json = d.pop("custom_fields_json", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        featured_weight = d.pop("featured_weight", UNSET)

        _connect = d.pop("connect", UNSET)
        connect: AppConnect | Unset
        if isinstance(_connect, Unset):
            connect = UNSET
        else:
            connect = AppConnect.from_dict(_connect)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.name_slug = name_slug
        _new.name = name
        _new.auth_type = auth_type
        _new.description = description
        _new.img_src = img_src
        _new.custom_fields_json = custom_fields_json
        _new.categories = categories
        _new.featured_weight = featured_weight
        _new.connect = connect
        app = _new

        app.additional_properties = d
        return app

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
from ..models.app_connect import AppConnect
