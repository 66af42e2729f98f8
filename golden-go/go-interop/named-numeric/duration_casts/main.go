package main

import (
	"fmt"
	"time"
)

func main() {
	var ms int64 = 1500
	d := (time.Duration(ms)) * time.Millisecond
	fmt.Println(d)
	fmt.Println(int64(d), int((int64(d / time.Second))))
}
