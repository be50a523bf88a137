package com.yilian.scheduler.capacity;

/**
 * The replicas a local pool should run soon.
 *
 * @param current                  replicas the configuration gives it now
 * @param recommended              replicas for the predicted demand, within the configured bounds
 * @param predictedTokensPerSecond demand expected on the pool over the lead time
 */
public record PoolPlan(String pool, String kind, int current, int recommended, double predictedTokensPerSecond) {
}
