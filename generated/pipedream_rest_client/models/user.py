from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace import Workspace


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The authenticated user. Only `id`, `username` and `email` are always present; the other
    fields depend on the edition and the plan. `api_key` is a secret.

    """

    id: str
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    api_key: str | Unset = UNSET
    """ The user's API key (2020 edition only). A secret. """
    lambda_time_quota: int | Unset = UNSET
    lambda_time_used: int | Unset = UNSET
    daily_compute_time_quota: int | Unset = UNSET
    daily_compute_time_used: int | Unset = UNSET
    daily_invocations_quota: int | Unset = UNSET
    daily_invocations_used: int | Unset = UNSET
    billing_period_start_ts: int | Unset = UNSET
    """ Paid plans (current docs' "paid user" example); epoch seconds. """
    billing_period_end_ts: int | Unset = UNSET
    """ Paid plans; epoch seconds. """
    billing_period_credits: int | Unset = UNSET
    """ Paid plans; credits used in the billing period. """
    orgs: list[Workspace] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        email = self.email

        api_key = self.api_key

        lambda_time_quota = self.lambda_time_quota

        lambda_time_used = self.lambda_time_used

        daily_compute_time_quota = self.daily_compute_time_quota

        daily_compute_time_used = self.daily_compute_time_used

        daily_invocations_quota = self.daily_invocations_quota

        daily_invocations_used = self.daily_invocations_used

        billing_period_start_ts = self.billing_period_start_ts

        billing_period_end_ts = self.billing_period_end_ts

        billing_period_credits = self.billing_period_credits

        orgs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orgs, Unset):
            orgs = []
            for orgs_item_data in self.orgs:
                orgs_item = orgs_item_data.to_dict()
                orgs.append(orgs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if lambda_time_quota is not UNSET:
            field_dict["lambda_time_quota"] = lambda_time_quota
        if lambda_time_used is not UNSET:
            field_dict["lambda_time_used"] = lambda_time_used
        if daily_compute_time_quota is not UNSET:
            field_dict["daily_compute_time_quota"] = daily_compute_time_quota
        if daily_compute_time_used is not UNSET:
            field_dict["daily_compute_time_used"] = daily_compute_time_used
        if daily_invocations_quota is not UNSET:
            field_dict["daily_invocations_quota"] = daily_invocations_quota
        if daily_invocations_used is not UNSET:
            field_dict["daily_invocations_used"] = daily_invocations_used
        if billing_period_start_ts is not UNSET:
            field_dict["billing_period_start_ts"] = billing_period_start_ts
        if billing_period_end_ts is not UNSET:
            field_dict["billing_period_end_ts"] = billing_period_end_ts
        if billing_period_credits is not UNSET:
            field_dict["billing_period_credits"] = billing_period_credits
        if orgs is not UNSET:
            field_dict["orgs"] = orgs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        api_key = d.pop("api_key", UNSET)

        lambda_time_quota = d.pop("lambda_time_quota", UNSET)

        lambda_time_used = d.pop("lambda_time_used", UNSET)

        daily_compute_time_quota = d.pop("daily_compute_time_quota", UNSET)

        daily_compute_time_used = d.pop("daily_compute_time_used", UNSET)

        daily_invocations_quota = d.pop("daily_invocations_quota", UNSET)

        daily_invocations_used = d.pop("daily_invocations_used", UNSET)

        billing_period_start_ts = d.pop("billing_period_start_ts", UNSET)

        billing_period_end_ts = d.pop("billing_period_end_ts", UNSET)

        billing_period_credits = d.pop("billing_period_credits", UNSET)

        _orgs = d.pop("orgs", UNSET)
        orgs: list[Workspace] | Unset = UNSET
        if _orgs is not UNSET:
            orgs = []
            for orgs_item_data in _orgs:
                orgs_item = Workspace.from_dict(orgs_item_data)

                orgs.append(orgs_item)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.username = username
        _new.email = email
        _new.api_key = api_key
        _new.lambda_time_quota = lambda_time_quota
        _new.lambda_time_used = lambda_time_used
        _new.daily_compute_time_quota = daily_compute_time_quota
        _new.daily_compute_time_used = daily_compute_time_used
        _new.daily_invocations_quota = daily_invocations_quota
        _new.daily_invocations_used = daily_invocations_used
        _new.billing_period_start_ts = billing_period_start_ts
        _new.billing_period_end_ts = billing_period_end_ts
        _new.billing_period_credits = billing_period_credits
        _new.orgs = orgs
        user = _new

        user.additional_properties = d
        return user

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
from ..models.workspace import Workspace
