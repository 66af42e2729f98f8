package main

import (
	"fmt"
	"time"
)

func main() {
	timeout := time.Second * 3
	backoff := time.Millisecond * 250
	total := timeout + backoff*2
	fmt.Println(timeout, backoff, total)
	ratio := int64(total / time.Millisecond)
	fmt.Println("ms:", ratio)
	fmt.Println("minutes:", (time.Hour*2 + time.Minute*30).Minutes())
	fmt.Println("seconds:", total.Seconds())
	fmt.Println(time.Nanosecond * 1500)
	fmt.Println(time.Hour*26 + time.Second)
	zero := time.Second - time.Second
	fmt.Println(zero)
}
