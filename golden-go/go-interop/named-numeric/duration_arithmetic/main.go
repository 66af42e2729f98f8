package main

import (
	"fmt"
	"time"
)

func main() {
	retries := 4
	backoff := time.Millisecond * 250
	total := backoff*time.Duration(retries) + time.Second
	fmt.Println(backoff, total)
	ratio := int64(total / time.Millisecond)
	fmt.Println(ratio, ratio+1)
	fmt.Println(total > time.Second, total == 2*time.Second)
	half := total / 2
	fmt.Println(half, half.Seconds())
}
