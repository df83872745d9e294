from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="AccountResponse")


@_attrs_define
class AccountResponse:
    data: Account
    """ A connected account (`apn_...`). Its times are ISO 8601 text, unlike the epoch seconds of
    the older resources.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = Account.from_dict(d.pop("data"))

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.data = data
        account_response = _new

        account_response.additional_properties = d
        return account_response

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
from ..models.account import Account
