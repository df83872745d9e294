from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_configured_props import SourceConfiguredProps


T = TypeVar("T", bound="WorkflowTrigger")


@_attrs_define
class WorkflowTrigger:
    """One trigger of a workflow. Its kind shows in its ID: `hi_` an HTTP interface
    (`endpoint_url`), `ti_` a timer (`interval_seconds` or `cron`), `ei_` an email address,
    `dc_` an event source (the fields of a Source). One flat object holds every kind, so
    nothing is lost whatever the kind.

    """

    id: str
    key: str | Unset = UNSET
    endpoint_url: str | Unset = UNSET
    custom_response: bool | Unset = UNSET
    interval_seconds: int | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    timezone: str | Unset = UNSET
    schedule_changed_at: int | Unset = UNSET
    email_address: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    component_id: str | Unset = UNSET
    configured_props: SourceConfiguredProps | Unset = UNSET
    """ The source's configured props, as the API echoes them: timers come back as
    `{"cron": null, "interval_seconds": 60}`, an HTTP interface as `{"endpoint_url": "..."}`.
    Every request sent to an `endpoint_url` becomes an event of the source; the local
    sandbox refuses a JSON body over 1 MB (413) or nested deeper than 64 levels (400,
    `{"error": "request body is nested deeper than 64 levels", "code": "body_too_deep"}`),
    and stores nothing then.
     """
    active: bool | Unset = UNSET
    name: str | Unset = UNSET
    name_slug: str | Unset = UNSET
    created_at: int | Unset = UNSET
    """ Epoch seconds. """
    updated_at: int | Unset = UNSET
    """ Epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        endpoint_url = self.endpoint_url

        custom_response = self.custom_response

        interval_seconds: int | None | Unset
        if isinstance(self.interval_seconds, Unset):
            interval_seconds = UNSET
        else:
            interval_seconds = self.interval_seconds

        cron: None | str | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        timezone = self.timezone

        schedule_changed_at = self.schedule_changed_at

        email_address = self.email_address

        owner_id = self.owner_id

        component_id = self.component_id

        configured_props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configured_props, Unset):
            configured_props = self.configured_props.to_dict()

        active = self.active

        name = self.name

        name_slug = self.name_slug

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url
        if custom_response is not UNSET:
            field_dict["custom_response"] = custom_response
        if interval_seconds is not UNSET:
            field_dict["interval_seconds"] = interval_seconds
        if cron is not UNSET:
            field_dict["cron"] = cron
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if schedule_changed_at is not UNSET:
            field_dict["schedule_changed_at"] = schedule_changed_at
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if configured_props is not UNSET:
            field_dict["configured_props"] = configured_props
        if active is not UNSET:
            field_dict["active"] = active
        if name is not UNSET:
            field_dict["name"] = name
        if name_slug is not UNSET:
            field_dict["name_slug"] = name_slug
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        key = d.pop("key", UNSET)

        endpoint_url = d.pop("endpoint_url", UNSET)

        custom_response = d.pop("custom_response", UNSET)

        def _parse_interval_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_seconds = _parse_interval_seconds(d.pop("interval_seconds", UNSET))

        def _parse_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron = _parse_cron(d.pop("cron", UNSET))

        timezone = d.pop("timezone", UNSET)

        schedule_changed_at = d.pop("schedule_changed_at", UNSET)

        email_address = d.pop("email_address", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        component_id = d.pop("component_id", UNSET)

        _configured_props = d.pop("configured_props", UNSET)
        configured_props: SourceConfiguredProps | Unset
        if isinstance(_configured_props, Unset):
            configured_props = UNSET
        else:
            configured_props = SourceConfiguredProps.from_dict(_configured_props)

        active = d.pop("active", UNSET)

        name = d.pop("name", UNSET)

        name_slug = d.pop("name_slug", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.key = key
        _new.endpoint_url = endpoint_url
        _new.custom_response = custom_response
        _new.interval_seconds = interval_seconds
        _new.cron = cron
        _new.timezone = timezone
        _new.schedule_changed_at = schedule_changed_at
        _new.email_address = email_address
        _new.owner_id = owner_id
        _new.component_id = component_id
        _new.configured_props = configured_props
        _new.active = active
        _new.name = name
        _new.name_slug = name_slug
        _new.created_at = created_at
        _new.updated_at = updated_at
        workflow_trigger = _new

        workflow_trigger.additional_properties = d
        return workflow_trigger

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
from ..models.source_configured_props import SourceConfiguredProps
