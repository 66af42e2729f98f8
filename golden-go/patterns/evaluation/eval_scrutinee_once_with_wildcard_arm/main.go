package main

import "fmt"

func audit(action string) bool {
	fmt.Println("audit:", action)
	return true
}

func main() {
	audit("delete")
	fmt.Println("done")
	var flag int
	subject2 := audit("create")
	if subject2 {
		flag = 1
	} else {
		flag = 0
	}
	fmt.Println(flag)
}
