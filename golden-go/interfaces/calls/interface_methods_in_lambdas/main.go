package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

type Job interface {
	Cost() int
	Name() string
}

type Build struct {
	modules int
}

func (v Build) String() string {
	return "Build { modules: " + lisette.FormatValue(v.modules) + " }"
}

type Deploy struct {
	region string
}

func (v Deploy) String() string {
	return "Deploy { region: " + lisette.FormatValue(v.region) + " }"
}

func (self Build) Cost() int {
	return self.modules * 4
}

func (self Build) Name() string {
	return fmt.Sprintf("build/%v", self.modules)
}

func (self Deploy) Cost() int {
	return 25
}

func (self Deploy) Name() string {
	return "deploy/" + self.region
}

func main() {
	jobs := []Job{Build{modules: 3}, Deploy{region: "eu"}, Build{modules: 9}}
	fmt.Println(lisette.SliceMap(jobs, func(j Job) int {
		return j.Cost()
	}))
	cheap := lisette.SliceFilter(jobs, func(j Job) bool {
		return j.Cost() < 20
	})
	fmt.Println(lisette.SliceMap(cheap, func(j Job) string {
		return j.Name()
	}))
	subject := lisette.SliceFind(jobs, func(j Job) bool {
		return j.Cost() > 30
	})
	if subject.Tag == lisette.OptionSome {
		j := subject.SomeVal
		fmt.Println("first expensive:", j.Name())
	} else {
		fmt.Println("nothing expensive")
	}
	fmt.Println(slices.ContainsFunc(jobs, func(j Job) bool {
		return j.Name() == "deploy/eu"
	}))
}
