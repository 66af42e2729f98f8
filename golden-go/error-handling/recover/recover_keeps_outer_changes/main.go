package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func run_job(j int) {
	if j == 0 {
		panic("job 0 is invalid")
	}
	fmt.Printf("job %v done\n", j)
}

func main() {
	processed := 0
	r := lisette.RecoverBlock(func() int {
		for _, job := range []int{3, 1, 0, 2} {
			run_job(job)
			processed += 1
		}
		return processed
	})
	fmt.Println(processed)
	if r.Tag == lisette.ResultOk {
		n := r.OkVal
		fmt.Printf("all %v jobs done\n", n)
	} else {
		pv := r.ErrVal
		fmt.Printf("stopped: %v\n", pv.Message())
	}
}
