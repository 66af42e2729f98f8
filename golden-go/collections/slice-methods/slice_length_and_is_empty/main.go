package main

import "fmt"

func main() {
	inbox := []string{"hi", "meeting"}
	spam := []string{}
	fmt.Println(len(inbox), len(inbox) == 0)
	fmt.Println(len(spam), len(spam) == 0)
}
