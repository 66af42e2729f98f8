package school

type GradeTag int

const (
	GradeA GradeTag = iota
	GradeB
	GradeC
	GradeF
)

type Grade struct {
	Tag GradeTag
}

func (v Grade) String() string {
	switch v.Tag {
	case GradeA:
		return "Grade.A"
	case GradeB:
		return "Grade.B"
	case GradeC:
		return "Grade.C"
	}
	return "Grade.F"
}

func Grade_(score int) Grade {
	if score >= 90 {
		return Grade{Tag: GradeA}
	} else if score >= 75 {
		return Grade{Tag: GradeB}
	} else if score >= 50 {
		return Grade{Tag: GradeC}
	} else {
		return Grade{Tag: GradeF}
	}
}

func Passed(g Grade) bool {
	return g != Grade{Tag: GradeF}
}
