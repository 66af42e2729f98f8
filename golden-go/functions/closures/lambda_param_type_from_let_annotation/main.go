package main

import "fmt"

func main() {
	shout := func(s string) string {
		return s + "!"
	}
	is_long := func(s string) bool {
		return len(s) > 5
	}
	fmt.Println(shout("hey"))
	fmt.Println(is_long("hey"), is_long("wonderful"))
}
