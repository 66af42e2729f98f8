package main

import "fmt"

type Done struct{}

func (v Done) String() string {
	return "Done()"
}

func finish(label string) Done {
	fmt.Printf("finished %v\n", label)
	return Done{}
}

func main() {
	d := finish("upload")
	fmt.Println(d)
	fmt.Println(d == Done{})
}
