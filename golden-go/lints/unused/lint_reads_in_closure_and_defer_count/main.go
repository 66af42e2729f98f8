package main

import "fmt"

func note(msg string) {
	fmt.Println(msg)
}

func main() {
	started := "09:00"
	label := "session"
	defer func() {
		fmt.Println(label, "started at", started)
	}()
	suffix := "!"
	shout := func(s string) {
		note(s + suffix)
	}
	shout("hi")
}
