from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_step_saved_component import WorkflowStepSavedComponent


T = TypeVar("T", bound="WorkflowStep")


@_attrs_define
class WorkflowStep:
    """One step of a workflow, as the API prints it (a mix of snake_case and camelCase keys).
    JSON-in-a-string fields (`params_json`, `configured_props_json`) are kept as text.

    """

    id: str
    namespace: str
    type_: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    lang: str | Unset = UNSET
    component: bool | Unset = UNSET
    saved_component: WorkflowStepSavedComponent | Unset = UNSET
    """ The step's saved component (`sc_...`), with its code and configurable props. """
    component_key: None | str | Unset = UNSET
    component_owner_id: None | str | Unset = UNSET
    configured_props_json: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        namespace = self.namespace

        type_ = self.type_

        disabled = self.disabled

        lang = self.lang

        component = self.component

        saved_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saved_component, Unset):
            saved_component = self.saved_component.to_dict()

        component_key: None | str | Unset
        if isinstance(self.component_key, Unset):
            component_key = UNSET
        else:
            component_key = self.component_key

        component_owner_id: None | str | Unset
        if isinstance(self.component_owner_id, Unset):
            component_owner_id = UNSET
        else:
            component_owner_id = self.component_owner_id

        configured_props_json: None | str | Unset
        if isinstance(self.configured_props_json, Unset):
            configured_props_json = UNSET
        else:
            configured_props_json = self.configured_props_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if type_ is not UNSET:
            field_dict["type"] = type_
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if lang is not UNSET:
            field_dict["lang"] = lang
        if component is not UNSET:
            field_dict["component"] = component
        if saved_component is not UNSET:
            field_dict["savedComponent"] = saved_component
        if component_key is not UNSET:
            field_dict["component_key"] = component_key
        if component_owner_id is not UNSET:
            field_dict["component_owner_id"] = component_owner_id
        if configured_props_json is not UNSET:
            field_dict["configured_props_json"] = configured_props_json

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        type_ = d.pop("type", UNSET)

        disabled = d.pop("disabled", UNSET)

        lang = d.pop("lang", UNSET)

        component = d.pop("component", UNSET)

        _saved_component = d.pop("savedComponent", UNSET)
        saved_component: WorkflowStepSavedComponent | Unset
        if isinstance(_saved_component, Unset):
            saved_component = UNSET
        else:
            saved_component = WorkflowStepSavedComponent.from_dict(_saved_component)

        def _parse_component_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        component_key = _parse_component_key(d.pop("component_key", UNSET))

        def _parse_component_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        component_owner_id = _parse_component_owner_id(
            d.pop("component_owner_id", UNSET)
        )

        def _parse_configured_props_json(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configured_props_json = _parse_configured_props_json(
            d.pop("configured_props_json", UNSET)
        )

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.namespace = namespace
        _new.type_ = type_
        _new.disabled = disabled
        _new.lang = lang
        _new.component = component
        _new.saved_component = saved_component
        _new.component_key = component_key
        _new.component_owner_id = component_owner_id
        _new.configured_props_json = configured_props_json
        workflow_step = _new

        workflow_step.additional_properties = d
        return workflow_step

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
from ..models.workflow_step_saved_component import WorkflowStepSavedComponent
