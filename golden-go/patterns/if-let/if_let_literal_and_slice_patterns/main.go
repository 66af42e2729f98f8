package main

import "fmt"

func main() {
	args := []string{"deploy", "prod", "--force"}
	if len(args) >= 1 {
		cmd := args[0]
		rest := args[1:len(args):len(args)]
		fmt.Println(cmd, len(rest))
	}
	retries := 0
	if retries == 0 {
		fmt.Println("no retries configured")
	} else {
		fmt.Println("retries", retries)
	}
}
