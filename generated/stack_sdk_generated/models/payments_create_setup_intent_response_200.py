from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentsCreateSetupIntentResponse200")


@_attrs_define
class PaymentsCreateSetupIntentResponse200:
    """
    Attributes:
        client_secret (str):
        stripe_account_id (str):
    """

    client_secret: str = _attrs_field(repr=False)
    stripe_account_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_secret = self.client_secret

        stripe_account_id = self.stripe_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
                "stripe_account_id": stripe_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_secret = d.pop("client_secret")

        stripe_account_id = d.pop("stripe_account_id")

        payments_create_setup_intent_response_200 = cls(
            client_secret=client_secret,
            stripe_account_id=stripe_account_id,
        )

        payments_create_setup_intent_response_200.additional_properties = d
        return payments_create_setup_intent_response_200

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
