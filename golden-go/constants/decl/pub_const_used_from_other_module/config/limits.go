package config

const MAX_RETRIES = 3

const SERVICE = "billing"

const BACKOFF_MS = 250

func Backoff(attempt int) int {
	return attempt * BACKOFF_MS
}
