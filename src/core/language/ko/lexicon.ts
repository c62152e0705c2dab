/**
 * Korean word lists for "who did what": people (role nouns, team words, titles, names) and
 * things (systems that are often subjects). Lists, not patterns: a word is looked up after its
 * particle is stripped, so each list stays a set and lookups stay constant-time.
 */

/** Role nouns that denote people; matched as the end of a stem ("배포담당자", "백엔드 개발자"). */
export const ROLE_SUFFIXES: readonly string[] = [
  '담당자', '개발자', '운영자', '엔지니어', '작업자', '관리자', '당직자', '책임자', '온콜', '팀원', '직원', '사원', '신입', '인턴',
  '동료', '선배', '후배', '당사자', '배포자', '검토자', '리뷰어', '승인자', '대응자', '기획자', '디자이너', '근무자', '작성자',
  '실무자', '운영진', '개발진', '오퍼레이터', '입사자', '주니어', '시니어', '담당', '당번', '관리자들', '개발자들', '엔지니어들',
  '매니저', '리더', '팀장', '파트장', '실장', '본부장', '부서장', '그룹장', '임원', '대표', '외주', '협력사', '직원들', '팀원들',
  '개발팀', '운영팀', '인프라팀', '보안팀', '플랫폼팀', '데이터팀', 'QA팀', 'DBA', 'SRE', '데브옵스', '관제요원', '관제 요원',
  '담당 엔지니어', '당직 엔지니어', '구성원', '인원', '담당 인력', '운영 인력', '작업 담당자', '개발자분', '담당자분', '엔지니어분', '운영자분', '선임', '수석', '책임님',
  '요원', '관제사', '기술자', '상담원', '상담사', '관리인', '사수', '부사수', '조장', '반장', '당직', '개발사', '운영사', '외주사', '협력업체', '하청업체',
  // Session 12: field-work roles (plants, railways, buildings, construction sites).
  '경비원', '역무원', '관제원', '운전원', '검침원', '정비사', '정비기사', '기관사', '감독자', '감독관', '현장소장', '시공사', '시공업체', '용역업체',
];

/** Words that end a stem and make it a team (인프라팀, 결제 파트, 운영 조직). */
export const TEAM_SUFFIXES: readonly string[] = ['팀', '파트', '조직', '부서', '본부', '센터 직원'];

/** Titles and honorifics after a name ("민수 님", "김 대리", "박민수 책임"). */
export const TITLES: readonly string[] = [
  '님', '씨', '대리', '과장', '차장', '부장', '팀장', '실장', '책임', '선임', '수석', '매니저', '사원', '주임', '연구원', '프로',
  '리드', '파트장', '이사', '상무', '전무', '대표', '군', '양',
];

/** Pronouns that denote people, with their subject/possessive forms as written. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  '누군가', '누가', '누구', '아무', '모두', '다들', '전원', '각자', '모든 사람', '본인', '당사자', '저', '제', '나', '내', '우리', '저희', '그', '그녀', '그들', '그분', '이분', '해당 직원',
]);

/** First-person words: self-blame ("제 잘못", "저희의 불찰"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['저', '제', '나', '내', '우리', '저희']);

/** Customer words: people, but never the actor a blame rule is about ("사용자가 확인하지 못했다" is impact). */
export const NOT_ACTORS: readonly string[] = ['고객', '사용자', '이용자', '유저', '회원', '손님', '구매자', '판매자', '가맹점', '파트너', '방문자', '시청자', '가입자'];

/** Common Korean surnames (one syllable, and the two-syllable ones). */
export const SURNAMES: ReadonlySet<string> = new Set(
  ('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 ' +
    '지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 ' +
    '황보 남궁 제갈 선우 독고 사공 서문')
    .split(' '),
);

/**
 * Common given names (two syllables). Names that are also everyday words (지원 "support", 재현
 * "reproduce", 지연 "delay", 수정 "fix", 정수 "integer", 지수 "index", 준수 "comply" …) are left out: without a title they would
 * be read as words; with a title any name shape counts.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
 ('민수 민준 서준 도윤 예준 시우 하준 주원 지호 준서 준우 현우 도현 건우 우진 민재 현준 서진 연우 유준 정우 승우 승현 시윤 ' +
 '준혁 은우 지환 승민 유찬 수아 서윤 서연 서현 민서 하은 하윤 윤서 지민 지유 채원 지아 은서 다은 예은 수빈 소율 예린 지안 ' +
 '영희 철수 영수 영호 영미 미영 은정 은영 현정 수진 지영 혜진 성민 성진 동현 동훈 재훈 상훈 상민 준호 준영 진우 ' +
 '태현 태민 종민 경민 혜원 지혜 유진 수연 지훈 지현 민지 민호 민석 민혁 민우 민규 민성 재민 재영 재희 재우 재석 재준 ' +
 ' 준형 준희 준기 준석 지은 지윤 지원이 진수 진혁 현수 현민 현석 현진 현아 현주 혜린 혜수 혜인 ' +
 '효진 효주 희정 희진 소연 소영 소희 수민 수현 수경 승훈 승준 승철 승희 시현 아영 예진 우현 윤희 은비 은지 은혜 ' +
 '정훈 정현 정은 정희 주희 주연 주현 창민 태윤 태호 혜영 호진 동욱 동민 동건 대현 대호 기현 기훈 건희 가은 가영 ' +
 '나연 나은 다인 다현 도영 도훈 병철 상현 상철 석진 선영 선희 성훈 성현 세훈 세영 영준 영재 용준 ' +
 ' 원준 유나 윤아 인호 인영 종현 주호 진호 철민 태준 형준 혜지 홍석 희수 길동 Tom')
 .split(' ')
    .filter((n) => /^[\uac00-\ud7a3]{2}$/u.test(n)),
);

/** Heads of things that are often subjects: systems, signals, processes. "알람이 울렸어야 했다" is about a system. */
export const THING_SUFFIXES: readonly string[] = [
  // Session 10: code roles named with -자 (a caller, a consumer of a queue), not people.
  '호출자', '소비자', '생산자', '구독자', '발행자',
  '시스템', '서버', '서비스', '파이프라인', '알람', '알림', '경보', '모니터링', '대시보드', '스크립트', '배치', '크론', '잡', '봇',
  '로드밸런서', '게이트웨이', '프록시', '클러스터', '노드', '파드', '컨테이너', '데이터베이스', 'DB', '캐시', '큐', '디스크', '메모리',
  '네트워크', '트래픽', '요청', '응답', '설정', '코드', '버전', '릴리스', '배포', '빌드', '테스트', '검사', '검증', '헬스체크', '헬스 체크',
  '프로세스', '절차', '도구', '툴', '장비', '인증서', '토큰', 'API', '엔드포인트', '라우터', '스위치', '방화벽', '로그', '지표', '메트릭',
  '장애', '이슈', '문제', '오류', '에러', '버그', '패치', '스케줄러', '오토스케일러', '에이전트', '워커', '컨슈머', '프로듀서', '체크리스트',
  '런북', '문서', '결론', '지적', '주장', '의견', '평가', '규칙', '정책', '임계값', '타임아웃', '재시도', '롤백', '카나리', '플래그', '스위치', '데몬', '앱', '애플리케이션', '백업',
];
