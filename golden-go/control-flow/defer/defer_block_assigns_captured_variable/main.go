package main

import "fmt"

func note(msg string) {
	fmt.Println(msg)
}

func main() {
	calls := 0
	track := func(name string) {
		defer func() {
			calls += 1
		}()
		note(fmt.Sprintf("call %v after %v calls", name, calls))
	}
	track("a")
	track("b")
	fmt.Println("calls:", calls)
}
