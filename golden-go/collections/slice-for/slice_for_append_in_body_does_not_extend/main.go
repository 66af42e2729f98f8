package main

import "fmt"

func main() {
	jobs := []int{1, 2, 3}
	for _, j := range jobs {
		jobs = append(jobs, j*10)
	}
	fmt.Println(jobs)
}
