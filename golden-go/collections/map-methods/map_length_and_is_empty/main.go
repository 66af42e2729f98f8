package main

import "fmt"

func main() {
	users := map[string]int{}
	fmt.Println(len(users), len(users) == 0)
	users["ann"] = 1
	users["bob"] = 2
	users["ann"] = 3
	fmt.Println(len(users), len(users) == 0)
}
