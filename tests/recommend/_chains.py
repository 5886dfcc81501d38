"""Small synthetic shops: sequences with patterns a next-item model must learn."""

from __future__ import annotations

import random


def chain_sequences(n_users: int = 300, n_items: int = 40, seed: int = 0) -> list[list[int]]:
    """Customers walk a chain: after item ``i`` comes ``i + 1`` (mod ``n_items``) 90% of
    the time, otherwise a random item. Popularity is flat, so only order tells."""
    rng = random.Random(seed)
    sequences = []
    for _ in range(n_users):
        item = rng.randrange(n_items)
        seq = [item]
        for _ in range(rng.randint(3, 8)):
            item = (item + 1) % n_items if rng.random() < 0.9 else rng.randrange(n_items)
            seq.append(item)
        sequences.append(seq)
    return sequences
