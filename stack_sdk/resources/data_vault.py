"""The ``data_vault`` namespace: encrypted key-value stores (server access).

Values are encrypted on this side with a secret only your app knows (protocol §2.16); Stack stores only
hashed keys and ciphertext. The key derivation is deliberately slow (PBKDF2, 100 000 rounds), so it runs
in a worker thread to keep the event loop responsive.
"""

from __future__ import annotations

import asyncio

from stack_sdk_generated.models.data_vault_get_body import DataVaultGetBody
from stack_sdk_generated.models.data_vault_get_response_200 import DataVaultGetResponse200
from stack_sdk_generated.models.data_vault_set_body import DataVaultSetBody
from stack_sdk_generated.models.success import Success

from .._base_client import APIClient
from .._vault_crypto import decrypt_value, encrypt_value, hashed_key
from ..errors import DataVaultStoreHashedKeyDoesNotExist
from ._args import non_empty_str, require_id, require_str
from ._base import Resource


class DataVaultStore:
    """One data-vault store (declared in the project's configuration): ``get``/``set`` encrypted values.

    ``repr`` shows only the store id; secrets are passed per call and never kept.
    """

    def __init__(self, api: APIClient, store_id: str) -> None:
        self._api = api
        self.store_id = store_id

    def __repr__(self) -> str:
        return f"DataVaultStore(store_id={self.store_id!r})"

    async def get(self, key: str, *, secret: str) -> str | None:
        """The value stored under ``key``, decrypted with ``secret``; ``None`` if nothing is stored there.

        A wrong ``secret`` finds nothing (the key is hashed with it) or fails to decrypt.

        >>> token = await s.data_vault.get_store("oauth-tokens").get(user_id, secret=VAULT_SECRET)  # doctest: +SKIP
        """
        non_empty_str("key", key)
        non_empty_str("secret", secret)
        self._api.operation("data_vault_get")  # fail on access type before the slow key derivation
        hk = await asyncio.to_thread(hashed_key, secret, key)
        try:
            r = await self._api.call(
                "data_vault_get",
                DataVaultGetResponse200,
                id=self.store_id,
                body=DataVaultGetBody(hashed_key=hk),
            )
        except DataVaultStoreHashedKeyDoesNotExist:
            return None
        return await asyncio.to_thread(decrypt_value, secret, key, r.encrypted_value)

    async def set(self, key: str, value: str, *, secret: str) -> None:
        """Encrypt ``value`` with ``secret`` and store it under ``key`` (replacing any earlier value).

        >>> await s.data_vault.get_store("oauth-tokens").set(user_id, refresh_token, secret=VAULT_SECRET)  # doctest: +SKIP
        """
        non_empty_str("key", key)
        require_str("value", value)
        non_empty_str("secret", secret)
        self._api.operation("data_vault_set")
        hk = await asyncio.to_thread(hashed_key, secret, key)
        encrypted = await asyncio.to_thread(encrypt_value, secret, key, value)
        body = DataVaultSetBody(hashed_key=hk, encrypted_value=encrypted)
        await self._api.call("data_vault_set", Success, id=self.store_id, body=body)


class DataVault(Resource):
    """Encrypted key-value stores; a store's id is declared in the project's configuration."""

    def get_store(self, store_id: str) -> DataVaultStore:
        """A handle on one store (no request is sent).

        >>> from stack_sdk import StackSDK
        >>> StackSDK("p", secret_server_key="ssk", environ={}).data_vault.get_store("oauth-tokens")
        DataVaultStore(store_id='oauth-tokens')
        """
        return DataVaultStore(self._api, require_id("store_id", store_id))
