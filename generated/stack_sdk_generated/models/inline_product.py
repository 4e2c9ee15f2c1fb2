from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InlineProduct")


@_attrs_define
class InlineProduct:
    """Inline product definition. Either this or product_id should be given.

    Attributes:
        customer_type (str):
        display_name (str):
        client_metadata (Any | Unset): Client metadata. Used as a data store, accessible from the client side. Do not
            store information that should not be exposed to the client.
        client_read_only_metadata (Any | Unset): Client read-only, server-writable metadata. Used as a data store,
            accessible from the client side. Do not store information that should not be exposed to the client. The client
            can read this data, but cannot modify it. This is useful for things like subscription status.
        free_trial (list[float] | None | Unset):
        included_items (Any | Unset):
        prices (Any | Unset):
        server_metadata (Any | Unset): Server metadata. Used as a data store, only accessible from the server side. You
            can store secret information related to the product here.
        server_only (bool | None | Unset):  Default: True.
        stackable (bool | None | Unset):  Default: False.
    """

    customer_type: str
    display_name: str
    client_metadata: Any | Unset = UNSET
    client_read_only_metadata: Any | Unset = UNSET
    free_trial: list[float] | None | Unset = UNSET
    included_items: Any | Unset = UNSET
    prices: Any | Unset = UNSET
    server_metadata: Any | Unset = UNSET
    server_only: bool | None | Unset = True
    stackable: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_type = self.customer_type

        display_name = self.display_name

        client_metadata = self.client_metadata

        client_read_only_metadata = self.client_read_only_metadata

        free_trial: list[float] | None | Unset
        if isinstance(self.free_trial, Unset):
            free_trial = UNSET
        elif isinstance(self.free_trial, list):
            free_trial = self.free_trial

        else:
            free_trial = self.free_trial

        included_items = self.included_items

        prices = self.prices

        server_metadata = self.server_metadata

        server_only: bool | None | Unset
        if isinstance(self.server_only, Unset):
            server_only = UNSET
        else:
            server_only = self.server_only

        stackable: bool | None | Unset
        if isinstance(self.stackable, Unset):
            stackable = UNSET
        else:
            stackable = self.stackable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_type": customer_type,
                "display_name": display_name,
            }
        )
        if client_metadata is not UNSET:
            field_dict["client_metadata"] = client_metadata
        if client_read_only_metadata is not UNSET:
            field_dict["client_read_only_metadata"] = client_read_only_metadata
        if free_trial is not UNSET:
            field_dict["free_trial"] = free_trial
        if included_items is not UNSET:
            field_dict["included_items"] = included_items
        if prices is not UNSET:
            field_dict["prices"] = prices
        if server_metadata is not UNSET:
            field_dict["server_metadata"] = server_metadata
        if server_only is not UNSET:
            field_dict["server_only"] = server_only
        if stackable is not UNSET:
            field_dict["stackable"] = stackable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_type = d.pop("customer_type")

        display_name = d.pop("display_name")

        client_metadata = d.pop("client_metadata", UNSET)

        client_read_only_metadata = d.pop("client_read_only_metadata", UNSET)

        def _parse_free_trial(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                free_trial_type_0 = cast(list[float], data)

                return free_trial_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        free_trial = _parse_free_trial(d.pop("free_trial", UNSET))

        included_items = d.pop("included_items", UNSET)

        prices = d.pop("prices", UNSET)

        server_metadata = d.pop("server_metadata", UNSET)

        def _parse_server_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        server_only = _parse_server_only(d.pop("server_only", UNSET))

        def _parse_stackable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stackable = _parse_stackable(d.pop("stackable", UNSET))

        inline_product = cls(
            customer_type=customer_type,
            display_name=display_name,
            client_metadata=client_metadata,
            client_read_only_metadata=client_read_only_metadata,
            free_trial=free_trial,
            included_items=included_items,
            prices=prices,
            server_metadata=server_metadata,
            server_only=server_only,
            stackable=stackable,
        )

        inline_product.additional_properties = d
        return inline_product

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
