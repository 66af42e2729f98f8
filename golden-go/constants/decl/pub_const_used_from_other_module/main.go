package main

import (
	"fmt"
	"golden/constants/decl/pub_const_used_from_other_module/config"
)

func main() {
	for attempt, more := 1, 1 <= config.MAX_RETRIES; more; attempt, more = attempt+1, attempt < config.MAX_RETRIES {
		fmt.Println(config.SERVICE, "attempt", attempt, "waits", config.Backoff(attempt))
	}
}
