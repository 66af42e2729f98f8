package main

import "fmt"

func validate(age int) {
	defer fmt.Println("validation ended for", age)
	if age < 0 {
		panic("negative age")
	}
	fmt.Println("age ok")
}

func main() {
	defer fmt.Println("main cleanup 1")
	defer fmt.Println("main cleanup 2")
	validate(30)
	validate(-1)
	fmt.Println("not printed")
}
