package main

import "fmt"

func note(msg string) {
	fmt.Println(msg)
}

func main() {
	handle := func(job string) {
		defer fmt.Println("done with", job)
		note(fmt.Sprintf("working on %v", job))
	}
	defer fmt.Println("main exits")
	handle("indexing")
	handle("backup")
	fmt.Println("all jobs handled")
}
