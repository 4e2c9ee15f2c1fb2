from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method import PaymentMethod


T = TypeVar("T", bound="PaymentsGetBillingResponse200")


@_attrs_define
class PaymentsGetBillingResponse200:
    """
    Attributes:
        has_customer (bool):
        default_payment_method (None | PaymentMethod | Unset):
    """

    has_customer: bool
    default_payment_method: None | PaymentMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415

        has_customer = self.has_customer

        default_payment_method: dict[str, Any] | None | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        elif isinstance(self.default_payment_method, PaymentMethod):
            default_payment_method = self.default_payment_method.to_dict()
        else:
            default_payment_method = self.default_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_customer": has_customer,
            }
        )
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        has_customer = d.pop("has_customer")

        def _parse_default_payment_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_payment_method_type_0 = PaymentMethod.from_dict(data)

                return default_payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        default_payment_method = _parse_default_payment_method(d.pop("default_payment_method", UNSET))

        payments_get_billing_response_200 = cls(
            has_customer=has_customer,
            default_payment_method=default_payment_method,
        )

        payments_get_billing_response_200.additional_properties = d
        return payments_get_billing_response_200

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
