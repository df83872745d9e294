from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.app_connect import AppConnect


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An app integrated with Pipedream."""

    id: str
    name_slug: str
    name: str
    auth_type: None | str
    """ `oauth`, `keys`, or `null` for apps without authentication (free text: new kinds may appear). """
    description: None | str
    img_src: str
    custom_fields_json: str
    """ The app's custom credential fields, as a JSON array in a string. """
    categories: list[str]
    featured_weight: float
    """ The sort weight on pipedream.com/apps, set by Pipedream. """
    connect: AppConnect
    """ How Pipedream Connect may proxy requests to the app's API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name_slug = self.name_slug

        name = self.name

        auth_type: Any = UNSET
        if self.auth_type is not UNSET:
            auth_type: None | str
            auth_type = self.auth_type

        description: Any = UNSET
        if self.description is not UNSET:
            description: None | str
            description = self.description

        img_src = self.img_src

        custom_fields_json = self.custom_fields_json

        categories: Any = UNSET
        if self.categories is not UNSET:
            categories = self.categories

        featured_weight = self.featured_weight

        connect: Any = UNSET
        if self.connect is not UNSET:
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

        _raw_auth_type = d.pop("auth_type", UNSET)
        auth_type: Any = UNSET
        if _raw_auth_type is not UNSET:

            def _parse_auth_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            auth_type = _parse_auth_type(_raw_auth_type)

        _raw_description = d.pop("description", UNSET)
        description: Any = UNSET
        if _raw_description is not UNSET:

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            description = _parse_description(_raw_description)

        img_src = d.pop("img_src", UNSET)

        custom_fields_json = d.pop("custom_fields_json", UNSET)

        _raw_categories = d.pop("categories", UNSET)
        categories: Any = UNSET
        if _raw_categories is not UNSET:
            categories = cast(list[str], _raw_categories)

        featured_weight = d.pop("featured_weight", UNSET)

        _raw_connect = d.pop("connect", UNSET)
        connect: Any = UNSET
        if _raw_connect is not UNSET:
            connect = AppConnect.from_dict(_raw_connect)

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
