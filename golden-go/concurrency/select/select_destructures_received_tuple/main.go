package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Job struct {
	id   int
	name string
}

func (v Job) String() string {
	return "Job { id: " + lisette.FormatValue(v.id) + ", name: " + lisette.FormatValue(v.name) + " }"
}

func main() {
	pairs := make(chan lisette.Tuple2[int, int], 1)
	jobs := make(chan Job, 1)
	pairs <- lisette.Tuple2[int, int]{First: 3, Second: 4}
	jobs <- Job{id: 7, name: "build"}
	var rc chan lisette.Tuple2[int, int] = pairs
retry:
	select {
	case v, ok := <-rc:
		if !ok {
			rc = nil
			goto retry
		}
		a := v.First
		b := v.Second
		fmt.Println(a * b)
	default:
		fmt.Println("none")
	}
	select {
	case v2, ok2 := <-jobs:
		if ok2 {
			id := v2.id
			name := v2.name
			fmt.Println(id, name)
		} else {
			fmt.Println("closed")
		}
	}
}
