package main

import "fmt"

func draft_report() {
	title := "Q3"
	_ = title
	pages := 12
	_ = pages
	fmt.Println("drafting")
}

func main() {
	draft_report()
	leftover := 1
	_ = leftover
	fmt.Println("main done")
}
