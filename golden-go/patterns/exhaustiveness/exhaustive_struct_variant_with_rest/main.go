package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type JobTag int

const (
	JobPrint JobTag = iota
	JobScan
	JobIdle
)

type Job struct {
	Tag    JobTag
	Pages  int
	Duplex bool
	Dpi    int
}

func (v Job) String() string {
	switch v.Tag {
	case JobPrint:
		return "Job.Print { pages: " + lisette.FormatValue(v.Pages) + ", duplex: " + lisette.FormatValue(v.Duplex) + " }"
	case JobScan:
		return "Job.Scan { dpi: " + lisette.FormatValue(v.Dpi) + " }"
	}
	return "Job.Idle"
}

func is_busy(j Job) bool {
	if j.Tag == JobPrint || j.Tag == JobScan {
		return true
	}
	return false
}

func main() {
	fmt.Println(is_busy(Job{Tag: JobPrint, Pages: 2, Duplex: true}), is_busy(Job{Tag: JobScan, Dpi: 300}), is_busy(Job{Tag: JobIdle}))
}
