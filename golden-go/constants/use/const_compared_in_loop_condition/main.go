package main

import "fmt"

const MAX_LOGIN_ATTEMPTS = 3

func main() {
	attempts := []bool{false, false, true}
	failures := 0
	for _, ok := range attempts {
		if ok {
			fmt.Println("logged in after", failures, "failures")
			break
		}
		failures += 1
		if failures == MAX_LOGIN_ATTEMPTS {
			fmt.Println("locked")
			break
		}
	}
}
