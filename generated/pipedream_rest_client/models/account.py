from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_app import AccountApp
    from ..models.account_credentials import AccountCredentials


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A connected account (`apn_...`). Its times are ISO 8601 text, unlike the epoch seconds of
    the older resources.

    """

    id: str
    name: None | str
    """ The account's nickname, if set. """
    app: AccountApp | Unset = UNSET
    """ The app an account is connected to. """
    healthy: bool | Unset = UNSET
    """ Whether Pipedream's last test request with the account succeeded. """
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    credentials: AccountCredentials | Unset = UNSET
    """ An account's credentials, only with `include_credentials=true`. Secrets: never log them.
    OAuth apps have `oauth_access_token`, `oauth_client_id`, `oauth_refresh_token` and
    `oauth_uid`; other apps have their own fields (for example `api_key`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: Any = UNSET
        if self.name is not UNSET:
            name: None | str
            name = self.name

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        healthy = self.healthy

        created_at = self.created_at

        updated_at = self.updated_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if app is not UNSET:
            field_dict["app"] = app
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_name = d.pop("name", UNSET)
        name: Any = UNSET
        if _raw_name is not UNSET:

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            name = _parse_name(_raw_name)

        _app = d.pop("app", UNSET)
        app: AccountApp | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = AccountApp.from_dict(_app)

        healthy = d.pop("healthy", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        _credentials = d.pop("credentials", UNSET)
        credentials: AccountCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = AccountCredentials.from_dict(_credentials)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.name = name
        _new.app = app
        _new.healthy = healthy
        _new.created_at = created_at
        _new.updated_at = updated_at
        _new.expires_at = expires_at
        _new.credentials = credentials
        account = _new

        account.additional_properties = d
        return account

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
from ..models.account_app import AccountApp
from ..models.account_credentials import AccountCredentials
