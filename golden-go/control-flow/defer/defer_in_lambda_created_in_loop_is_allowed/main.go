package main

import "fmt"

func note(msg string) {
	fmt.Println(msg)
}

func main() {
	tasks := []string{"fetch", "parse", "store"}
	for _, t := range tasks {
		run := func() {
			defer fmt.Println("end", t)
			note(fmt.Sprintf("begin %v", t))
		}
		run()
	}
}
