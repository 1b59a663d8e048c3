import "server-only";

export type TokenBucketOptions = {
  // Burst size: how many requests a fresh client may make at once.
  capacity: number;
  refillPerSecond: number;
  // Bounds memory when many addresses show up; the least recently seen are forgotten.
  maxKeys: number;
};

type Bucket = { tokens: number; updatedAt: number };

// In-process token-bucket limiter. Each instance of the app limits on its own; a shared
// store (Redis) takes over when the deployment has several instances.
export class TokenBucketLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: TokenBucketOptions,
    private readonly now: () => number = Date.now,
  ) {}

  // Takes one token for `key`; false means the caller is over its rate.
  tryTake(key: string): boolean {
    const now = this.now();
    const tokens = this.#refilledTokens(this.#buckets.get(key), now);
    const allowed = tokens >= 1;
    // Re-inserting moves the key to the end of the Map, which keeps it in LRU order.
    this.#buckets.delete(key);
    this.#buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, updatedAt: now });
    this.#forgetOldest();
    return allowed;
  }

  #refilledTokens(bucket: Bucket | undefined, now: number): number {
    if (!bucket) return this.options.capacity;
    const refill = ((now - bucket.updatedAt) / 1000) * this.options.refillPerSecond;
    return Math.min(this.options.capacity, bucket.tokens + refill);
  }

  #forgetOldest(): void {
    while (this.#buckets.size > this.options.maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest === undefined) return;
      this.#buckets.delete(oldest);
    }
  }
}
