from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_product import InlineProduct
    from ..models.payments_validate_purchase_code_response_200_conflicting_products_item import (
        PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem,
    )


T = TypeVar("T", bound="PaymentsValidatePurchaseCodeResponse200")


@_attrs_define
class PaymentsValidatePurchaseCodeResponse200:
    """
    Attributes:
        already_bought_non_stackable (bool):
        charges_enabled (bool):
        conflicting_products (list[PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem]):
        project_id (str):
        stripe_account_id (str):
        test_mode (bool):
        product (InlineProduct | None | Unset):
        project_logo_url (None | str | Unset):
    """

    already_bought_non_stackable: bool
    charges_enabled: bool
    conflicting_products: list[PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem]
    project_id: str
    stripe_account_id: str
    test_mode: bool
    product: InlineProduct | None | Unset = UNSET
    project_logo_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_product import InlineProduct  # noqa: PLC0415

        already_bought_non_stackable = self.already_bought_non_stackable

        charges_enabled = self.charges_enabled

        conflicting_products = []
        for conflicting_products_item_data in self.conflicting_products:
            conflicting_products_item = conflicting_products_item_data.to_dict()
            conflicting_products.append(conflicting_products_item)

        project_id = self.project_id

        stripe_account_id = self.stripe_account_id

        test_mode = self.test_mode

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, InlineProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        project_logo_url: None | str | Unset
        if isinstance(self.project_logo_url, Unset):
            project_logo_url = UNSET
        else:
            project_logo_url = self.project_logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "already_bought_non_stackable": already_bought_non_stackable,
                "charges_enabled": charges_enabled,
                "conflicting_products": conflicting_products,
                "project_id": project_id,
                "stripe_account_id": stripe_account_id,
                "test_mode": test_mode,
            }
        )
        if product is not UNSET:
            field_dict["product"] = product
        if project_logo_url is not UNSET:
            field_dict["project_logo_url"] = project_logo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inline_product import InlineProduct  # noqa: PLC0415
        from ..models.payments_validate_purchase_code_response_200_conflicting_products_item import (
            PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        already_bought_non_stackable = d.pop("already_bought_non_stackable")

        charges_enabled = d.pop("charges_enabled")

        conflicting_products = []
        _conflicting_products = d.pop("conflicting_products")
        for conflicting_products_item_data in _conflicting_products:
            conflicting_products_item = (
                PaymentsValidatePurchaseCodeResponse200ConflictingProductsItem.from_dict(
                    conflicting_products_item_data
                )
            )

            conflicting_products.append(conflicting_products_item)

        project_id = d.pop("project_id")

        stripe_account_id = d.pop("stripe_account_id")

        test_mode = d.pop("test_mode")

        def _parse_product(data: object) -> InlineProduct | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = InlineProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InlineProduct | None | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_project_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_logo_url = _parse_project_logo_url(d.pop("project_logo_url", UNSET))

        payments_validate_purchase_code_response_200 = cls(
            already_bought_non_stackable=already_bought_non_stackable,
            charges_enabled=charges_enabled,
            conflicting_products=conflicting_products,
            project_id=project_id,
            stripe_account_id=stripe_account_id,
            test_mode=test_mode,
            product=product,
            project_logo_url=project_logo_url,
        )

        payments_validate_purchase_code_response_200.additional_properties = d
        return payments_validate_purchase_code_response_200

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
