package main

import "fmt"

func connect(host string) bool {
	if len(host) == 0 {
		fmt.Println("no host given")
		return false
	}
	defer fmt.Println("disconnect", host)
	fmt.Println("connect", host)
	return true
}

func main() {
	a := connect("")
	b := connect("db.local")
	fmt.Println(a, b)
}
